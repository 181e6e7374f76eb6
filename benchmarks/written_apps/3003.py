def args_count(*args, **kwargs):
    return len(args) + len(kwargs)
