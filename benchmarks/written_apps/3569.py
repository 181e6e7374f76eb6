def is_lucky(ticket):
    if len(ticket) != 6 or not ticket.isdigit():
        return False
    digits = [int(ch) for ch in ticket]
    return sum(digits[:3]) == sum(digits[3:])
