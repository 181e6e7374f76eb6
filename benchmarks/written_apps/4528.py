def my_languages(results):
    passed = [language for language in results if results[language] >= 60]
    return sorted(passed, key=lambda language: -results[language])
