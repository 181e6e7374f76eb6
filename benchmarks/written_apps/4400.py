def minimum_steps(numbers, value):
    ordered = sorted(numbers)
    total = ordered[0]
    steps = 0
    for number in ordered[1:]:
        if total >= value:
            break
        total += number
        steps += 1
    return steps
