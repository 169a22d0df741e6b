import { previewAnswerAction, previewStartAction, saveQuestionAction } from "./actions";

/** The question editor's server actions: the same on the new and the edit page. */
export const EDITOR_ACTIONS = { save: saveQuestionAction, previewStart: previewStartAction, previewAnswer: previewAnswerAction };
