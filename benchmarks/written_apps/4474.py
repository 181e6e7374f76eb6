def start_smoking(bars, boxes):
    cigarettes = (bars * 10 + boxes) * 18
    smoked = 0
    stubs = 0
    while cigarettes:
        smoked += cigarettes
        stubs += cigarettes
        cigarettes = stubs // 5
        stubs %= 5
    return smoked
