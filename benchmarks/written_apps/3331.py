def solve(arr, n):
    caught = set()
    total = 0
    for i in range(len(arr)):
        if arr[i] != "D":
            continue
        lo = i - n if i - n > 0 else 0
        hi = i + n if i + n < len(arr) - 1 else len(arr) - 1
        for j in range(lo, hi + 1):
            if arr[j] == "C" and j not in caught:
                caught |= {j}
                total += 1
                break
    return total
