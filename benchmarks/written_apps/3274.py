def solve(st):
    for k in range(len(st) // 2, 0, -1):
        if st.endswith(st[:k]):
            return k
    return 0
