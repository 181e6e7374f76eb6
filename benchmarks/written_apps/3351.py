import bisect

MEDALS = ["Gold", "Silver", "Bronze", "None"]


def evil_code_medal(user_time, gold, silver, bronze):
    # HH:MM:SS strings compare like the times they denote; a medal needs a strictly smaller time
    return MEDALS[bisect.bisect_right([gold, silver, bronze], user_time)]
