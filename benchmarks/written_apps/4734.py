def bonus_time(salary, bonus):
    return f"${salary * 10 if bonus else salary}"
