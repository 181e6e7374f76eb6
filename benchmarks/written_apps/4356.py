def colorful(number):
    digits = [int(d) for d in str(number)]
    seen = set()
    for i in range(len(digits)):
        product = 1
        for j in range(i, len(digits)):
            product *= digits[j]
            if product in seen:
                return False
            seen.add(product)
    return True
