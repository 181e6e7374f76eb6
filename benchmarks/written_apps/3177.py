def palindrome(num):
    if type(num) is not int or num < 0:
        return "Not valid"
    s = str(num)
    subs = {s[i:j] for i in range(len(s)) for j in range(i + 2, len(s) + 1)}
    # a palindrome ends with zero exactly when it starts with one
    found = {int(sub) for sub in subs if sub == sub[::-1] and not sub.endswith("0")}
    if not found:
        return "No palindromes found"
    return sorted(found)
