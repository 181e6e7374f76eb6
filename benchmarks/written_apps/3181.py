def check_alive(health):
    return health > 0
