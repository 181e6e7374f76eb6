def main(verb, noun):
    return verb + noun
