def interweave(s1, s2):
    message = ""
    for i in range(len(s1)):
        message += s1[i]
        if i < len(s2):
            message += s2[i]
    return "".join(c for c in message if c not in "0123456789").strip()
