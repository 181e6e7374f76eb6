def automorphic(n):
    return "Automorphic" if str(n * n).endswith(str(n)) else "Not!!"
