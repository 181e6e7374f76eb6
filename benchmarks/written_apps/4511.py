def permute_a_palindrome(stg):
    odd = set()
    for ch in stg:
        if ch in odd:
            odd.discard(ch)
        else:
            odd |= {ch}
    return len(odd) <= 1
