def delete_digit(n):
    digits = str(n)
    return max(int(digits[:i] + digits[i + 1:]) for i in range(len(digits)))
