def totalAmountVisible(topNum, numOfSides):
    return numOfSides * (numOfSides + 1) // 2 - (numOfSides + 1 - topNum)
