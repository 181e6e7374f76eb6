def solve(s):
    # every substring ending at an odd digit is odd; there are i + 1 ending at index i
    return sum(i + 1 for i in range(len(s)) if int(s[i]) % 2 == 1)
