def complexSum(arr):
    total = sum(complex(s.replace("i", "j")) for s in arr)
    re_part = int(total.real)
    im_part = int(total.imag)
    if im_part == 0:
        return str(re_part)
    if im_part == 1:
        im = "i"
    elif im_part == -1:
        im = "-i"
    else:
        im = f"{im_part}i"
    if re_part == 0:
        return im
    if im_part > 0:
        im = "+" + im
    return f"{re_part}{im}"
