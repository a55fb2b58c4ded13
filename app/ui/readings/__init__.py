"""The Readings page's parts: the library (cards, topics, search) and the article reader."""
