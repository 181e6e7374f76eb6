def freeway_game(dist_km_to_exit, my_speed_kph, other_cars):
    my_exit = dist_km_to_exit / my_speed_kph
    score = 0
    for minutes, speed in other_cars:
        their_exit = minutes / 60 + dist_km_to_exit / speed
        if minutes < 0 and their_exit > my_exit:
            score += 1
        elif minutes > 0 and their_exit < my_exit:
            score -= 1
    return score
