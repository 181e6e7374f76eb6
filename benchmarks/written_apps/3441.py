def get_average(marks):
    return sum(marks) // len(marks)
