"""Questions the benchmarks ask of the bundled corpus: standalone, so any order gives the same answers."""
QUESTIONS = [
    "How did Trotsky die?", "Who created the Red Army?", "What is the theory of permanent revolution?",
    "Was Stalin a dictator?", "What does Putin have to do with the Trotsky series?",
    "Was Trotsky financed by German money?", "What happened at the Brest-Litovsk negotiations?",
    "Who was responsible for killing the Tsar's family?", "Can you recommend a good pizza recipe?",
    "What did Trotsky's grandson think of the series?",
]
