def omit_hashtag(message, hashtag):
    return message.replace(hashtag, "", 1)
