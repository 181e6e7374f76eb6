from bisect import bisect_left


def sort_time(arr):
    periods = sorted(arr, key=lambda period: period[0])
    starts = [period[0] for period in periods]
    result = []
    end = "00:00"
    while periods:
        # the period starting soonest at or after the last end, wrapping past midnight
        i = bisect_left(starts, end)
        if i == len(starts):
            i = 0
        result += [periods[i]]
        end = periods[i][1]
        del periods[i]
        del starts[i]
    return result
