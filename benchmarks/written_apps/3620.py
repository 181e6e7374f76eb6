import bisect

# (month * 100 + day) on which each sign starts, in calendar order.
STARTS = [120, 219, 321, 420, 521, 621, 723, 823, 923, 1023, 1122, 1222]
NAMES = ['Capricorn', 'Aquarius', 'Pisces', 'Aries', 'Taurus', 'Gemini', 'Cancer',
         'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn']


def get_zodiac_sign(day, month):
    return NAMES[bisect.bisect(STARTS, month * 100 + day)]
