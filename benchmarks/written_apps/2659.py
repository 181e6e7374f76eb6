import heapq


def last_chair(n):
    # First two patients take both ends; afterwards each gap (a, b) between occupied
    # chairs offers its middle chair, ranked by distance then by chair number.
    if n == 1:
        return 1
    last = n
    gaps = []

    def push(a, b):
        if b - a > 1:
            mid = (a + b) // 2
            heapq.heappush(gaps, (-(mid - a), mid, a, b))

    push(1, n)
    while gaps:
        _, mid, a, b = heapq.heappop(gaps)
        last = mid
        push(a, mid)
        push(mid, b)
    return last
