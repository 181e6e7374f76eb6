from itertools import islice


def distribute(nodes, workload):
    base = workload // nodes
    extra = workload % nodes
    jobs = iter(range(workload))
    return [list(islice(jobs, base + (1 if i < extra else 0))) for i in range(nodes)]
