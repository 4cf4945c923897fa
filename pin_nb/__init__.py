"Interpretable hard prompts by RL with sparse Tsallis entropy (PIN), with RLPrompt as a baseline: `train`, `evaluate`, `PromptCard` (see the API chapter)."
__version__ = "0.1.0"

__all__ = ['train', 'evaluate', 'PromptCard', 'configs']

def __getattr__(name):                     # the API is imported on first use, so `import pin_nb.data` stays light
    if name in __all__:
        from pin_nb import api
        return getattr(api, name)
    raise AttributeError(f"module 'pin_nb' has no attribute {name!r}")
