"""Pipelines: the sales stages of a Deals layout (PipelineOperations, all seven methods).

Writes answer an ``ActionWrapper`` of ``SuccessResponse``; moving one pipeline's deals into another
(and removing it) answers a ``TransferPipelineActionWrapper`` of ``TransferPipelineSuccessResponse``.

    python samples/pipeline/pipeline_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.pipeline import (ActionWrapper, APIException, BodyWrapper, Delete, DPipeline,
                                                      DPipelineWrapper, Maps, Pipeline, PipelineOperations,
                                                      ResponseWrapper, Stages, SuccessResponse, TPipeline,
                                                      TransferPipeline, TransferPipelineActionWrapper,
                                                      TransferPipelineSuccessResponse, TransferPipelineWrapper)


def stage(stage_id, sequence_number):
    entry = Maps()
    entry.set_id(stage_id)
    entry.set_sequence_number(sequence_number)
    return entry


class PipelineSample(object):

    @staticmethod
    def _print_action(response):
        ids = []
        if response is None:
            return ids
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_pipeline():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
                if isinstance(action_response, SuccessResponse):
                    ids.append(int(action_response.get_details()["id"]))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return ids

    @staticmethod
    def _print_pipelines(response):
        """Print each pipeline and its stages; return {pipeline name: {stage name: stage id}}."""
        found = {}
        if response is None:
            return found
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for pipeline in response_object.get_pipeline():
                stages = pipeline.get_maps() or []
                print("Pipeline: " + pipeline.get_display_value() + " Default: " + str(pipeline.get_default())
                      + " Stages: " + ", ".join(s.get_display_value() for s in stages))
                found[pipeline.get_display_value()] = {s.get_display_value(): s.get_id() for s in stages}
                found[pipeline.get_display_value()]["__id__"] = pipeline.get_id()
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return found

    @staticmethod
    def get_pipelines(layout_id):
        return PipelineSample._print_pipelines(PipelineOperations(layout_id).get_pipelines())

    @staticmethod
    def get_pipeline(layout_id, pipeline_id):
        PipelineSample._print_pipelines(PipelineOperations(layout_id).get_pipeline(pipeline_id))

    @staticmethod
    def create_pipeline(layout_id, name, stage_ids):
        pipeline = Pipeline()
        pipeline.set_display_value(name)
        pipeline.set_default(False)
        pipeline.set_maps([stage(stage_id, position + 1) for position, stage_id in enumerate(stage_ids)])
        request = BodyWrapper()
        request.set_pipeline([pipeline])
        return PipelineSample._print_action(PipelineOperations(layout_id).create_pipeline(request))

    @staticmethod
    def update_pipelines(layout_id, names):
        pipelines = []
        for pipeline_id, name in names:
            pipeline = Pipeline()
            pipeline.set_id(pipeline_id)
            pipeline.set_display_value(name)
            pipelines.append(pipeline)
        request = BodyWrapper()
        request.set_pipeline(pipelines)
        PipelineSample._print_action(PipelineOperations(layout_id).update_pipelines(request))

    @staticmethod
    def update_pipeline(layout_id, pipeline_id, stage_id, sequence_number):
        pipeline = Pipeline()
        pipeline.set_maps([stage(stage_id, sequence_number)])
        request = BodyWrapper()
        request.set_pipeline([pipeline])
        PipelineSample._print_action(PipelineOperations(layout_id).update_pipeline(pipeline_id, request))

    @staticmethod
    def transfer_pipelines(layout_id, from_id, to_id, stage_pairs):
        moves = TPipeline()
        moves.set_from(from_id)
        moves.set_to(to_id)
        stages = []
        for old_stage, new_stage in stage_pairs:
            pair = Stages()
            pair.set_from(old_stage)
            pair.set_to(new_stage)
            stages.append(pair)
        transfer = TransferPipeline()
        transfer.set_pipeline(moves)
        transfer.set_stages(stages)
        request = TransferPipelineWrapper()
        request.set_transfer_pipeline([transfer])
        response = PipelineOperations(layout_id).transfer_pipelines(request)
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, TransferPipelineActionWrapper):
            for action_response in response_object.get_transfer_pipeline():
                if isinstance(action_response, (TransferPipelineSuccessResponse, APIException)):
                    _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def delete_pipeline(layout_id, pipeline_id):
        removal = Delete()
        removal.set_permanent(True)
        entry = DPipeline()
        entry.set_delete(removal)
        request = DPipelineWrapper()
        request.set_pipeline([entry])
        PipelineSample._print_action(PipelineOperations(layout_id).delete_pipeline(pipeline_id, request))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        layout_id = demo.deals_layout_id()
        print("== get_pipelines")
        standard = PipelineSample.get_pipelines(layout_id)["Standard"]
        print("== create_pipeline")
        (enterprise,) = PipelineSample.create_pipeline(layout_id, "Enterprise", [
            standard["Qualification"], standard["Negotiation/Review"], standard["Closed Won"], standard["Closed Lost"]])
        (partner,) = PipelineSample.create_pipeline(layout_id, "Partner", [
            standard["Qualification"], standard["Closed Won"], standard["Closed Lost"]])
        print("== get_pipeline")
        PipelineSample.get_pipeline(layout_id, enterprise)
        print("== update_pipelines")
        PipelineSample.update_pipelines(layout_id, [(partner, "Channel Partner")])
        print("== update_pipeline")
        PipelineSample.update_pipeline(layout_id, enterprise, standard["Proposal/Price Quote"], 2)
        PipelineSample.get_pipeline(layout_id, enterprise)
        print("== transfer_pipelines")
        PipelineSample.transfer_pipelines(layout_id, partner, enterprise, [
            (standard["Qualification"], standard["Qualification"]), (standard["Closed Won"], standard["Closed Won"]),
            (standard["Closed Lost"], standard["Closed Lost"])])
        print("== delete_pipeline")
        PipelineSample.delete_pipeline(layout_id, enterprise)
        PipelineSample.get_pipelines(layout_id)
