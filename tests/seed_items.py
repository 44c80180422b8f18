"""What the source article (the guide's seed) asks for, item by item: its 18 questions with their
levels, and the headings its tips, mistakes and FAQ entries became. Tests check each is on the site."""

SEED_QUESTIONS = {
    "supervised-vs-unsupervised": ("What is the difference between supervised and unsupervised learning?", "beginner"),
    "overfitting": ("Explain overfitting and how to prevent it.", "beginner"),
    "confusion-matrix": ("What is a confusion matrix?", "beginner"),
    "bias-variance-tradeoff": ("Describe bias-variance tradeoff.", "beginner"),
    "gradient-descent": ("What is gradient descent?", "beginner"),
    "train-validation-test-split": ("Explain train-validation-test split.", "beginner"),
    "cross-validation": ("What is cross-validation? Why use it?", "intermediate"),
    "l1-vs-l2-regularization": ("Compare L1 and L2 regularization.", "intermediate"),
    "decision-trees": ("How does a decision tree work? Pros and cons.", "intermediate"),
    "pca": ("What is PCA? When to use it.", "intermediate"),
    "random-forest": ("Explain Random Forest.", "intermediate"),
    "smote": ("What is SMOTE for imbalanced data?", "intermediate"),
    "design-recommendation-system": ("Design a recommendation system.", "advanced"),
    "deploy-models-in-production": ("How to deploy ML models in production?", "advanced"),
    "attention-mechanism": ("Explain attention mechanism in Transformers.", "advanced"),
    "transfer-learning": ("What is transfer learning? Example.", "advanced"),
    "concept-drift": ("Handle concept drift in production ML.", "advanced"),
    "scale-training-large-datasets": ("Scale training for large datasets.", "advanced"),
}

# page (built path) -> the h2 headings its seed items became, in order
SEED_SECTIONS = {
    "prepare/tips.html": [
        "Build 3–5 projects on GitHub",
        "Practise coding ML algorithms from scratch in NumPy",
        "Do mock interviews and explain trade-offs aloud",
        "Study MLOps: Docker, Kubernetes, MLflow",
        "Follow a roadmap: math, then scikit-learn, then PyTorch or TensorFlow",
    ],
    "prepare/mistakes.html": [
        "Forgetting to discuss trade-offs",
        "Not handling edge cases in system design",
        "Over-relying on theory without real-world examples",
        "Ignoring evaluation metrics beyond accuracy",
        "Poor communication",
    ],
    "prepare/faq.html": [
        "What is the average machine learning engineer salary in 2026?",
        "How to prepare for ml interview questions?",
        "Are machine learning internships worth it?",
        "Machine learning degree necessary?",
        "Remote ml engineer jobs available?",
    ],
}

# Figures the FAQ keeps from the source article.
SEED_FAQ_FIGURES = ["$172,704", "$53K", "$283K", "732"]
