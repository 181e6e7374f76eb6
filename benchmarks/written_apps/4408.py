from bisect import bisect


def yoga(classroom, poses):
    ordered = sorted(poses)
    total = 0
    for row in classroom:
        row_sum = sum(row)
        for skill in row:
            # poses with value <= row_sum + skill can be completed
            total += bisect(ordered, row_sum + skill)
    return total
