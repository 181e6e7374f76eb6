UMLAUTS = str.maketrans("AEIOUYaeiouy", "\u00c4\u00cb\u00cf\u00d6\u00dc\u0178\u00e4\u00eb\u00ef\u00f6\u00fc\u00ff")


def heavy_metal_umlauts(boring_text):
    return boring_text.translate(UMLAUTS)
