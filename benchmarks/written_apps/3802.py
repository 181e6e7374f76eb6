def hoop_count(n):
    return "Great, now move on to tricks" if n >= 10 else "Keep at it until you get it"
