def travel(total_time, run_time, rest_time, speed):
    cycle = run_time + rest_time
    full_cycles, remainder = total_time // cycle, total_time % cycle
    running = full_cycles * run_time + (remainder if remainder < run_time else run_time)
    return running * speed
