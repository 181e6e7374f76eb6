def check_DNA(seq1, seq2):
    if len(seq1) < len(seq2):
        seq1, seq2 = seq2, seq1
    partner = seq2[::-1].translate(str.maketrans("ATCG", "TAGC"))
    return partner in seq1
