// Hand-written empty stand-in for the file Qt moc generates (meta-object code); the corpus only parses.
