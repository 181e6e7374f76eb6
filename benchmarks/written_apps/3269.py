def work_needed(projectMinutes, freeLancers):
    covered = sum(hours * 60 + minutes for hours, minutes in freeLancers)
    needed = projectMinutes - covered
    if needed <= 0:
        return "Easy Money!"
    hours, minutes = divmod(needed, 60)
    return f"I need to work {hours} hour(s) and {minutes} minute(s)"
