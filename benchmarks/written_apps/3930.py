def dollar_to_speech(value):
    amount = value[1:]
    if amount[0] == "-":
        return "No negative numbers are allowed!"
    dollars_text, _, cents_text = amount.partition(".")
    dollars, cents = int(dollars_text), int(cents_text or 0)
    dollar_part = f"{dollars} dollar" + ("" if dollars == 1 else "s")
    cent_part = f"{cents} cent" + ("" if cents == 1 else "s")
    if cents == 0:
        return dollar_part + "."
    if dollars == 0:
        return cent_part + "."
    return f"{dollar_part} and {cent_part}."
