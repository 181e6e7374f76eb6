import statistics


def cube_times(times):
    ordered = sorted(times)
    average = statistics.mean(ordered[1:4])
    return (float(f"{average:.2f}"), ordered[0])
