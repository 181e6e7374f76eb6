def get_ages(sum_, difference):
    if sum_ < 0 or difference < 0:
        return None
    older = (sum_ + difference) / 2
    younger = (sum_ - difference) / 2
    if older < 0 or younger < 0:
        return None
    return (older, younger)
