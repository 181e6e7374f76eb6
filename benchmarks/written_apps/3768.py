def name_file(fmt, nbr, start):
    if type(nbr) is not int or type(start) is not int or nbr <= 0:
        return []
    return [fmt.replace("<index_no>", str(index)) for index in range(start, start + nbr)]
