def find_jane(n):
    # pairing i with n + 1 - i is free and each link between pairs costs 1
    return (n - 1) // 2
