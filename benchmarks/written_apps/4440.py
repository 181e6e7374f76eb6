def validate_pin(pin):
    return len(pin) in (4, 6) and all(c in "0123456789" for c in pin)
