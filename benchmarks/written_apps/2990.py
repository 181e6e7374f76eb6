from statistics import mean


def monty_hall(correct_door_number, participant_guesses):
    wins = [1 if guess != correct_door_number else 0 for guess in participant_guesses]
    return round(mean(wins) * 100)
