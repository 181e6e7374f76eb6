def hero(bullets, dragons):
    return bullets >= 2 * dragons
