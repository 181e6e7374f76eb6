def original_number(s):
    c = [0] * 10
    c[0] = s.count("Z")
    c[2] = s.count("W")
    c[4] = s.count("U")
    c[6] = s.count("X")
    c[8] = s.count("G")
    c[1] = s.count("O") - c[0] - c[2] - c[4]
    c[3] = s.count("H") - c[8]
    c[5] = s.count("F") - c[4]
    c[7] = s.count("S") - c[6]
    c[9] = s.count("I") - c[5] - c[6] - c[8]
    return "".join(str(d) * c[d] for d in range(10))
