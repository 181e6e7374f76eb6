def get_issuer(number):
    s = str(number)
    n = len(s)
    if n == 15 and s.startswith(("34", "37")):
        return "AMEX"
    if n == 16 and s.startswith("6011"):
        return "Discover"
    if n == 16 and s.startswith(("51", "52", "53", "54", "55")):
        return "Mastercard"
    if n in (13, 16) and s.startswith("4"):
        return "VISA"
    return "Unknown"
