UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def name_that_number(x):
    if x < 20:
        return UNITS[x]
    tens, unit = x // 10, x % 10
    return TENS[tens] if unit == 0 else TENS[tens] + " " + UNITS[unit]
