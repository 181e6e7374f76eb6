from bisect import bisect_right


def segment_cover(A, L):
    points = sorted(A)
    count = 0
    i = 0
    while i < len(points):
        count += 1
        i = bisect_right(points, points[i] + L)
    return count
