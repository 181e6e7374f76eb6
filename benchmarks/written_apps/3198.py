def check_exam(arr1, arr2):
    score = 0
    for key, answer in zip(arr1, arr2):
        if answer == "":
            continue
        score += 4 if answer == key else -1
    return score if score > 0 else 0
